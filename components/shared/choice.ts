/** One of the choices of a select or a radio group: its value and what the student reads. */
export type Choice<T extends string = string> = readonly [value: T, label: string];
