import type { ButtonHTMLAttributes, MouseEvent } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 aria-disabled:bg-slate-400",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 aria-disabled:text-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800 aria-disabled:bg-slate-400",
} as const;

/** Refuses a click on a disabled button; this also cancels the submission of its form (click or Enter in a field). */
function refuse(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

/**
 * The app's button. A disabled button stays focusable (`aria-disabled`, its clicks and form submissions refused)
 * rather than taking the `disabled` attribute: a button that turns disabled while its action runs would otherwise
 * drop the keyboard focus to the top of the page.
 */
export function Button({
  variant = "primary",
  className = "",
  disabled,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      {...props}
      aria-disabled={disabled || undefined}
      // No handler of our own unless disabled: server components render this button too.
      onClick={disabled ? refuse : onClick}
      className={`inline-flex items-center justify-center rounded px-4 py-2 text-sm font-medium wrap-normal aria-disabled:cursor-not-allowed ${variants[variant]} ${className}`}
    />
  );
}
