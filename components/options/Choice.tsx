import type { ComponentChildren } from 'preact';

/** Props of {@link Choice}. */
export interface ChoiceProps<T extends string> {
  /** The group's name, also its test id. */
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: ComponentChildren; lang?: string }[];
  onChange(value: T): void;
}

/** A radio group in a fieldset: every choice visible at once, one click to change. */
export function Choice<T extends string>(props: ChoiceProps<T>) {
  return (
    <fieldset class="qo-field" data-testid={props.name}>
      <legend>{props.legend}</legend>
      <div class="qo-choices">
        {props.options.map((option) => (
          <label key={option.value} class="qo-choice">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
