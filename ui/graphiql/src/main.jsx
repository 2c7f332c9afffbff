import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { recordingGlobalIds, workbenchPlugin } from './workbenchLinks.jsx';

// The page is served at /graphql (with a <base> pointing here) and at /graphiql/; both resolve
// ../graphql against the base, so the endpoint is found under any path base.
const endpoint = new URL('../graphql', document.baseURI).href;
// Subscriptions go over a WebSocket at the same path (graphql-ws, protocol graphql-transport-ws). The toolkit sends
// the headers editor's content as the connection_init payload, so {"X-Api-Key": "…"} signs the socket in too.
const subscriptionUrl = endpoint.replace(/^http/, 'ws');
const fetcher = recordingGlobalIds(createGraphiQLFetcher({ url: endpoint, subscriptionUrl }));

const fallbackQuery = `# Every ministry with the agreements it is party to
{
  ministries {
    name
    agreements { name date parties { name } }
  }
}
`;

// The README's example queries, one tab each; the built-in query when none are served.
async function loadExamples() {
  try {
    const response = await fetch(new URL('../graphql/examples', document.baseURI), {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return [];
    const examples = await response.json();
    return Array.isArray(examples) ? examples : [];
  } catch {
    return [];
  }
}

const examples = await loadExamples();
const defaultTabs = examples.length > 0
  ? examples.map((e) => ({ query: e.query }))
  : [{ query: fallbackQuery }];

// Sign-in travels in the headers editor, e.g. {"X-Api-Key": "…"} or {"Authorization": "Bearer …"}; the
// fetcher sends whatever is there. Headers are not persisted unless the user turns that on in Settings.
createRoot(document.getElementById('root')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs}
    defaultQuery={fallbackQuery}
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
    showPersistHeadersSettings
    plugins={[HISTORY_PLUGIN, workbenchPlugin]}
  />,
);
