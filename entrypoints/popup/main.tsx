import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/shared/theme.css';
import { render } from 'preact';

render(<PopupApp />, document.body);
