// A React 19 app using the package as installed from its tarball: the @lit/react wrapper with a
// custom dataset and an `onVersusError` prop, and the raw custom element with React 19's own
// property and `on<event>` support.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ComparisonOverview } from 'versus-elements/react';
import dataset from './three-subjects.json';

function App() {
  const [wrapperError, setWrapperError] = useState('');
  const [rawError, setRawError] = useState('');
  return (
    <main>
      <h1>React app</h1>
      <ComparisonOverview id="wrapped" data={dataset} headingLevel={2} />
      <ComparisonOverview id="wrapped-bad" data={dataset} subjects="nope" onVersusError={(event) => setWrapperError(event.detail.message)} />
      <comparison-overview id="raw" data={dataset}></comparison-overview>
      <comparison-overview id="raw-bad" data={dataset} subjects="gone" onversus-error={(event) => setRawError(event.detail.message)}></comparison-overview>
      <p id="wrapper-error">{wrapperError}</p>
      <p id="raw-error">{rawError}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
