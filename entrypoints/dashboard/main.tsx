import { LibraryApp } from '@/components/LibraryApp';
import '@/components/theme.css';
import { render } from 'preact';

render(<LibraryApp />, document.getElementById('app') as HTMLElement);
