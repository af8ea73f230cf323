import { PopupApp } from '@/components/PopupApp';
import '@/components/theme.css';
import { render } from 'preact';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
