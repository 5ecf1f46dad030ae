import { render } from 'preact';

render(<p>Qarina</p>, document.getElementById('app')!);
