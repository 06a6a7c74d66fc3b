//! The words of the HTML hand-out around the report's own: the chart's caption and the text a
//! screen reader reads for it, the head of the table beside it, and the page's footer line.

use crate::t;

/// The caption of the chart of one sheet's fits.
pub fn chart() -> String {
    t!("html-chart")
}
/// The caption of the chart of a cohort's mean fits.
pub fn cohort_chart() -> String {
    t!("html-cohort-chart")
}
/// The caption of the table of one sheet's fits, the chart's numbers.
pub fn table() -> String {
    t!("html-table")
}
/// The caption of the table of a cohort's fits.
pub fn cohort_table() -> String {
    t!("html-cohort-table")
}
/// The row of the overall fit, above the dimensions' rows.
pub fn overall() -> String {
    t!("html-overall")
}
/// The first column of the table of fits: what each row measures.
pub fn measure() -> String {
    t!("html-measure")
}
/// The heading of the cohort's table of margins.
pub fn margin() -> String {
    t!("html-margin")
}
/// The heading of the cohort's column of counts.
pub fn respondents() -> String {
    t!("html-respondents")
}
/// The columns of `pathfit columns`.
pub fn code_columns() -> [String; 3] {
    [
        t!("html-column"),
        t!("html-column-type"),
        t!("html-column-meaning"),
    ]
}

/// What a screen reader reads for the chart: what the bars are and where the numbers are.
pub fn chart_description(paths: &[&str], dimensions: usize) -> String {
    t!(
        "html-chart-description",
        paths = super::list_and(paths),
        n = dimensions
    )
}

/// The last line of every page: what made it and when (`date` in ISO form, written as the
/// language writes a date).
pub fn made(date: &str) -> String {
    let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_or_else(|_| date.to_owned(), super::iso_or_date);
    t!("html-made", date = date)
}

/// A margin bucket of the cohort's histogram: "10 to 20 points".
pub fn bucket(from: usize, to: usize) -> String {
    t!("html-bucket", from = from, to = to)
}

/// The label of the mean and the median of a cohort's fit in a cell: "mean 61.5, median 60.0".
pub fn mean_median(mean: &str, median: &str) -> String {
    t!("html-mean-median", mean = mean, median = median)
}
