import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useMemo, useRef } from 'react';
import { EditorView } from '@codemirror/view';
import { cypherLint } from '../cypherLint.js';

// The statement's contenteditable is reachable as #statement (labels, tests, Playwright's fill).
const contentAttributes = EditorView.contentAttributes.of({ id: 'statement', 'aria-label': 'Cypher statement' });

/**
 * Neo4j's Cypher editor: highlighting and completion from the live schema; lint as you type from Neo4j's
 * current front end (see cypherLint.js) in place of the editor's own.
 */
export function Editor({ value, onChange, schema, parameters: names, theme, onCreated }) {
  const parameters = useRef([]);
  parameters.current = names;
  const extensions = useMemo(() => [contentAttributes, cypherLint(() => parameters.current)], []);
  return (
    <CypherEditor
      className="editor"
      value={value}
      onValueChanged={onChange}
      schema={schema}
      theme={theme}
      lint={false}
      autocomplete
      lineNumbers
      history
      tabKey={false}
      autofocus
      postExtensions={extensions}
      onEditorCreated={onCreated}
    />
  );
}
