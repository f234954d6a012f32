"use client";

import { mergeAttributes, Node } from "@tiptap/react";
import { FIELD_LABELS, isFieldName, type FieldName, type FieldValues } from "@/lib/conventions/fields";

/**
 * A field bound to the convention's data (lib/conventions/fields.ts) inside the editor: one indivisible piece that
 * shows the field's current value, and is saved as `<span data-field="name"></span>`.
 */
export const ConventionField = Node.create<{ values: Partial<FieldValues> }>({
  name: "conventionField",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { values: {} };
  },
  addAttributes() {
    return {
      name: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-field"),
        renderHTML: (attributes) => ({ "data-field": attributes.name }),
      },
    };
  },
  parseHTML() {
    return [
      {
        tag: "span[data-field]",
        getAttrs: (element) => (isFieldName(element.getAttribute("data-field") ?? "") ? null : false),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes)];
  },
  renderText({ node }) {
    return fieldText(node.attrs.name, this.options.values);
  },
  addNodeView() {
    const values = this.options.values;
    return ({ node }) => {
      const name = node.attrs.name as FieldName;
      const dom = document.createElement("span");
      dom.className = values[name] ? "convention-field" : "convention-field convention-field-empty";
      dom.contentEditable = "false";
      dom.dataset.field = name;
      dom.title = `Champ « ${FIELD_LABELS[name]} » : il suit les informations de la convention`;
      dom.textContent = fieldText(name, values);
      return { dom };
    };
  },
});

function fieldText(name: FieldName, values: Partial<FieldValues>): string {
  return values[name] ?? `[${FIELD_LABELS[name]} à renseigner]`;
}
