import { render } from 'preact';
import { App } from '../../src/ui/app/App';
import '../../src/ui/app/styles.css';

render(<App surface="tab" />, document.getElementById('app')!);
