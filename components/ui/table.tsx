// The data table of the whole app: a caption (hidden or shown), column headers with scope="col", row headers with
// scope="row", and a wrapper that scrolls sideways so that a wide table never widens the page.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

type Align = "left" | "right";

// Cells are padded p-2, or p-1 inside a dense table.
const pad = "p-2 group-data-dense/table:p-1";
const alignClass = (align: Align | undefined) => (align === "right" ? " text-right" : "");
const withClass = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export function Table({
  caption,
  showCaption = false,
  dense = false,
  className,
  tableClassName,
  children,
}: {
  /** The table's accessible name; visually hidden unless showCaption. */
  caption?: ReactNode;
  showCaption?: boolean;
  /** Tighter cells (tables inside a card or an annex). */
  dense?: boolean;
  /** Classes of the scrolling wrapper (margins). */
  className?: string;
  /** Extra classes of the table itself (a max width). */
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={withClass("overflow-x-auto", className)}>
      <table
        data-dense={dense || undefined}
        className={withClass("group/table w-full border-collapse bg-white text-sm", tableClassName)}
      >
        {caption !== undefined ? (
          <caption className={showCaption ? "p-2 text-left font-medium" : "sr-only"}>{caption}</caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

/** The header row of column headers. */
export function THead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">{children}</tr>
    </thead>
  );
}

/** A body row. */
export function Tr({ className, children }: { className?: string; children: ReactNode }) {
  return <tr className={withClass("border-b border-slate-200", className)}>{children}</tr>;
}

/** A column header. */
export function Th({
  align,
  className,
  ...props
}: Omit<ThHTMLAttributes<HTMLTableCellElement>, "scope" | "align"> & { align?: Align }) {
  return <th scope="col" className={withClass(`${pad}${alignClass(align)}`, className)} {...props} />;
}

/** A row header (the first cell that names its row), in the body's weight unless bold (a totals row). */
export function RowHeader({
  bold = false,
  className,
  ...props
}: Omit<ThHTMLAttributes<HTMLTableCellElement>, "scope" | "align"> & { bold?: boolean }) {
  return (
    <th scope="row" className={withClass(`${pad} text-left${bold ? "" : " font-normal"}`, className)} {...props} />
  );
}

/** A data cell. */
export function Td({
  align,
  className,
  ...props
}: Omit<TdHTMLAttributes<HTMLTableCellElement>, "align"> & { align?: Align }) {
  return <td className={withClass(`${pad}${alignClass(align)}`, className)} {...props} />;
}
