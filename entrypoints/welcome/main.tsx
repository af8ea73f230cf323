import { WelcomeApp } from '@/components/WelcomeApp';
import '@/components/theme.css';
import { render } from 'preact';

render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
