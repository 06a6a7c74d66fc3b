//! The command line's value enums turned into the domain's: clap's types stay in cli.

use crate::cli;
use crate::render::Format;

impl From<cli::Format> for Format {
    fn from(f: cli::Format) -> Self {
        match f {
            cli::Format::Table => Format::Table,
            cli::Format::Markdown => Format::Markdown,
            cli::Format::Html => Format::Html,
            cli::Format::Json => Format::Json,
            cli::Format::Jsonl => Format::Jsonl,
            cli::Format::Csv => Format::Csv,
        }
    }
}

impl From<cli::Layout> for crate::answers::survey::Layout {
    fn from(l: cli::Layout) -> Self {
        use crate::answers::survey::Layout;
        match l {
            cli::Layout::GoogleForms => Layout::GoogleForms,
            cli::Layout::MicrosoftForms => Layout::MicrosoftForms,
            cli::Layout::Qualtrics => Layout::Qualtrics,
            cli::Layout::Surveymonkey => Layout::Surveymonkey,
            cli::Layout::Limesurvey => Layout::Limesurvey,
            cli::Layout::Plain => Layout::Plain,
        }
    }
}

impl From<cli::SectionName> for crate::report::SectionName {
    fn from(s: cli::SectionName) -> Self {
        use crate::report::SectionName as S;
        use cli::SectionName as C;
        match s {
            C::Strengths => S::Strengths,
            C::Gaps => S::Gaps,
            C::Close => S::Close,
            C::Deciders => S::Deciders,
            C::Plan => S::Plan,
            C::Reflections => S::Reflections,
            C::Day => S::Day,
            C::Hiring => S::Hiring,
            C::Language => S::Language,
            C::Bullets => S::Bullets,
            C::RedFlags => S::RedFlags,
            C::Checklist => S::Checklist,
            C::Quality => S::Quality,
            C::Limits => S::Limits,
        }
    }
}
