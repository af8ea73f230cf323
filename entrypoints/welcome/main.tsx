import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import '@/components/shared/theme.css';
import { render } from 'preact';

render(<WelcomeApp />, document.body);
