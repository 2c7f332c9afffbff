import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { EditorView } from '@codemirror/view';

// The statement's contenteditable is reachable as #statement (labels, tests, Playwright's fill).
const contentAttributes = [EditorView.contentAttributes.of({ id: 'statement', 'aria-label': 'Cypher statement' })];

/** Neo4j's Cypher editor: highlighting, completion from the live schema, lint as you type. */
export function Editor({ value, onChange, schema, theme, onCreated }) {
  return (
    <CypherEditor
      className="editor"
      value={value}
      onValueChanged={onChange}
      schema={schema}
      theme={theme}
      lint
      autocomplete
      lineNumbers
      history
      tabKey={false}
      autofocus
      postExtensions={contentAttributes}
      onEditorCreated={onCreated}
    />
  );
}
