// This package has types only; it exports no values.
