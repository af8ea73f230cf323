import { LibraryApp } from '@/components/library/LibraryApp';
import '@/components/shared/theme.css';
import { render } from 'preact';

render(<LibraryApp />, document.body);
