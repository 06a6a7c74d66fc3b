//! The words of the HTML hand-out around the report's own: the chart's caption and the text a
//! screen reader reads for it, the head of the table beside it, and the page's footer line.

/// The caption of the chart of one sheet's fits.
pub const CHART: &str = "Fit by path and dimension";
/// The caption of the chart of a cohort's mean fits.
pub const COHORT_CHART: &str = "Mean fit by path and dimension";
/// The caption of the table of one sheet's fits, the chart's numbers.
pub const TABLE: &str = "Fits in numbers";
/// The caption of the table of a cohort's fits.
pub const COHORT_TABLE: &str = "Mean and median fits in numbers";
/// The row of the overall fit, above the dimensions' rows.
pub const OVERALL: &str = "Overall fit";
/// The first column of the table of fits: what each row measures.
pub const MEASURE: &str = "Measure";
/// The heading of the cohort's table of margins.
pub const MARGIN: &str = "Margin";
/// The heading of the cohort's column of counts.
pub const RESPONDENTS: &str = "Respondents";
/// The columns of `pathfit columns`.
pub const CODE_COLUMNS: [&str; 3] = ["Column", "Type", "Meaning"];

/// What a screen reader reads for the chart: what the bars are and where the numbers are.
pub fn chart_description(paths: &[&str], dimensions: usize) -> String {
    format!(
        "Horizontal bars on a scale of 0 to 100: the overall fit of {}, then their fit on each of {} {}, each bar labelled with its number; the table after the chart holds the same numbers.",
        super::list_and(paths),
        dimensions,
        if dimensions == 1 {
            "dimension"
        } else {
            "dimensions"
        }
    )
}

/// The last line of every page: what made it and when.
pub fn made(date: &str) -> String {
    format!("Made by pathfit on {date}.")
}

/// A margin bucket of the cohort's histogram: "10 to 20 points".
pub fn bucket(from: usize, to: usize) -> String {
    format!("{from} to {to} points")
}

/// The label of the mean and the median of a cohort's fit in a cell: "mean 61.5, median 60.0".
pub fn mean_median(mean: &str, median: &str) -> String {
    format!("mean {mean}, median {median}")
}
