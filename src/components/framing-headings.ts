import { FRAMING_FIELD_IDS, framingFieldAnchor, type FramingFieldId, type Model } from '../model/index.ts';

/** A heading `<FramingFields>` renders: one h3 per framing field, in the framing's order. */
export interface FramingFieldHeading {
  field: FramingFieldId;
  depth: 3;
  /** `framing-<field>`: published anchors. */
  id: string;
  text: string;
}

/** The headings `<FramingFields>` renders, which "On this page" lists too (src/navigation/contents-route-data.ts). */
export function framingFieldHeadings(model: Pick<Model, 'framingFields'>): FramingFieldHeading[] {
  return FRAMING_FIELD_IDS.map((id) => ({ field: id, depth: 3, id: framingFieldAnchor(id), text: model.framingFields[id].name }));
}
