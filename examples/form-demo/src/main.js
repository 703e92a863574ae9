// Renders the form of a FIM schema: the JSON Schema and the UI hints are written by
// `fim schema` (see run-e2e.sh) into public/. No JSX, so vite needs no plugin.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020.js";
import localizeDe from "ajv-i18n/localize/de/index.js";

// Draft 2020-12 (the generated schema's $schema), with German ajv messages.
const validator = customizeValidator({ AjvClass: Ajv2020 }, localizeDe);

/** rjsf uiSchema from the fim UI-hints node: order, help, hidden/locked, radio buttons. */
function uiFromHints(node) {
  const ui = {};
  if (node.children) {
    ui["ui:order"] = [...node.children.filter((c) => c.property).map((c) => c.property), "*"];
    for (const c of node.children) {
      if (!c.property) continue;
      const child = uiFromHints(c);
      ui[c.property] = c.repeated ? { items: child } : child;
    }
  } else if (node.kind === "field") {
    if (node.hidden) ui["ui:widget"] = "hidden";
    if (node.readOnly) ui["ui:readonly"] = true;
    if (node.widget === "radio") ui["ui:widget"] = "radio";
    if (node.widget === "textarea") ui["ui:widget"] = "textarea";
  }
  // Help texts are the schema's `description`s already; rjsf shows them.
  return ui;
}

/** The static texts (FIM `label` fields) of the top level. */
function texts(node) {
  return (node.children || []).filter((c) => c.kind === "text").map((c) => c.text);
}

function App({ schema, hints }) {
  const [result, setResult] = useState(null);
  return h(
    "div",
    null,
    h("h1", null, schema.title),
    ...texts(hints.root).map((t, i) => h("p", { className: "fim-note", key: i }, t)),
    h(Form, {
      schema,
      uiSchema: { ...uiFromHints(hints.root), "ui:submitButtonOptions": { submitText: "Absenden" } },
      validator,
      noHtml5Validate: true,
      showErrorList: "top",
      onSubmit: ({ formData }) => setResult(JSON.stringify(formData, null, 2)),
    }),
    result && h("div", null, h("h2", null, "Übermittelt"), h("pre", { id: "result" }, result)),
  );
}

const [schema, hints] = await Promise.all([
  fetch("schema.json").then((r) => r.json()),
  fetch("hints.json").then((r) => r.json()),
]);
createRoot(document.getElementById("app")).render(h(App, { schema, hints }));
