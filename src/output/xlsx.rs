//! Writes `deals.xlsx`: a `deals` sheet and a `mentions` sheet with the same columns as the CSV
//! files, but typed: amounts, percentages, confidences and counts are numbers, dates are dates.
//! Each sheet has a bold, frozen header row, an autofilter and column widths fitted to the text.
//! Text is written as text, which a spreadsheet never runs as a formula, so it is not
//! neutralised here. The file's creation date is the latest day a deal was seen (not the
//! clock), so the same input always gives the same bytes. Putting the file in place atomically
//! is left to `atomic`.

use super::{DEAL_COLUMNS, MENTION_COLUMNS};
use crate::deal::Mention;
use crate::dedup::Deal;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    ColNum, DocProperties, ExcelDateTime, Format, RowNum, Workbook, Worksheet, XlsxError,
};
use std::io::{self, Write};

/// One cell of a sheet.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Text(String),
    /// An amount of money, shown with thousands separators.
    Amount(f64),
    /// Any other number (percentage, confidence, count).
    Number(f64),
    Date(NaiveDate),
    Empty,
}

/// The longest text a spreadsheet cell holds.
const MAX_CELL_CHARS: usize = 32_767;
/// Column widths stay within these bounds (in characters).
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;
/// How many rows are looked at to fit a column's width.
const WIDTH_SAMPLE_ROWS: usize = 2000;

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else if s.chars().count() > MAX_CELL_CHARS {
        Cell::Text(s.chars().take(MAX_CELL_CHARS).collect())
    } else {
        Cell::Text(s.to_string())
    }
}

fn amount(x: Option<f64>) -> Cell {
    x.map_or(Cell::Empty, |x| Cell::Amount(x.round()))
}

fn number(x: Option<f64>) -> Cell {
    x.map_or(Cell::Empty, Cell::Number)
}

fn date(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Empty, Cell::Date)
}

fn mention_cells(m: &Mention) -> Vec<Cell> {
    let money = m.money.as_ref();
    vec![
        text(&m.article),
        text(&m.url),
        date(m.article_date),
        text(m.language.code()),
        text(m.deal_type.as_str()),
        text(&m.company_a),
        text(&m.company_b.join("; ")),
        amount(money.map(|x| x.amount)),
        amount(money.and_then(|x| x.amount_max)),
        text(money.map_or("", |x| x.currency)),
        text(money.map_or("", |x| x.qualifier.as_str())),
        number(m.stake_pct),
        text(&m.amount_text),
        date(m.deal_date),
        text(m.date_source.map_or("", |d| d.as_str())),
        text(m.status.as_str()),
        Cell::Number((m.confidence * 100.0).round() / 100.0),
        text(&m.evidence),
    ]
}

fn deal_cells(d: &Deal) -> Vec<Cell> {
    vec![
        text(&d.deal_id),
        text(d.deal_type.as_str()),
        text(&d.company_a),
        text(&d.company_b.join("; ")),
        amount(d.amount),
        amount(d.amount_max),
        text(&d.currency),
        text(d.qualifier.as_str()),
        number(d.stake_pct),
        date(d.deal_date),
        text(d.status.as_str()),
        date(d.first_seen),
        date(d.last_seen),
        Cell::Number(d.mentions as f64),
        Cell::Number(d.articles as f64),
        text(&d.sources.join("; ")),
        text(&d.evidence),
    ]
}

/// About how many characters a cell shows.
fn shown_width(cell: &Cell) -> usize {
    match cell {
        Cell::Text(s) => s.chars().count(),
        Cell::Amount(x) => {
            let digits = format!("{:.0}", x.abs()).len();
            digits + (digits - 1) / 3
        }
        Cell::Number(x) => format!("{x}").len(),
        Cell::Date(_) => 10,
        Cell::Empty => 0,
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

struct Formats {
    header: Format,
    amount: Format,
    date: Format,
}

fn write_sheet(
    sheet: &mut Worksheet,
    name: &str,
    columns: &[&str],
    rows: &[Vec<Cell>],
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let mut widths: Vec<usize> = columns.iter().map(|c| c.len() + 3).collect();
    for (col, title) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as ColNum, *title, &formats.header)?;
    }
    for (i, cells) in rows.iter().enumerate() {
        let row = (i + 1) as RowNum;
        debug_assert_eq!(cells.len(), columns.len());
        for (col, cell) in cells.iter().enumerate() {
            let c = col as ColNum;
            match cell {
                Cell::Text(s) => sheet.write_string(row, c, s)?,
                Cell::Amount(x) => sheet.write_number_with_format(row, c, *x, &formats.amount)?,
                Cell::Number(x) => sheet.write_number(row, c, *x)?,
                Cell::Date(d) => {
                    sheet.write_datetime_with_format(row, c, excel_date(*d)?, &formats.date)?
                }
                Cell::Empty => sheet,
            };
            if i < WIDTH_SAMPLE_ROWS {
                widths[col] = widths[col].max(shown_width(cell) + 1);
            }
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(
            col as ColNum,
            width.clamp(&MIN_WIDTH, &MAX_WIDTH).to_owned() as f64,
        )?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as RowNum, (columns.len() - 1) as ColNum)?;
    Ok(())
}

fn workbook(deals: &[Deal], mentions: &[Mention]) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats {
        header: Format::new().set_bold(),
        amount: Format::new().set_num_format("#,##0"),
        date: Format::new().set_num_format("yyyy-mm-dd"),
    };
    let mut book = Workbook::new();
    let as_of = deals.iter().filter_map(|d| d.last_seen).max();
    let created = match as_of {
        Some(d) => excel_date(d)?,
        None => ExcelDateTime::from_ymd(1980, 1, 1)?,
    };
    book.set_properties(
        &DocProperties::new()
            .set_title("dealsift: deals and mentions")
            .set_creation_datetime(&created),
    );
    let rows: Vec<Vec<Cell>> = deals.iter().map(deal_cells).collect();
    write_sheet(book.add_worksheet(), "deals", DEAL_COLUMNS, &rows, &formats)?;
    let rows: Vec<Vec<Cell>> = mentions.iter().map(mention_cells).collect();
    write_sheet(
        book.add_worksheet(),
        "mentions",
        MENTION_COLUMNS,
        &rows,
        &formats,
    )?;
    book.save_to_buffer()
}

/// Writes the workbook of `deals` and `mentions` to `wtr`.
pub fn write_workbook<W: Write>(
    mut wtr: W,
    deals: &[Deal],
    mentions: &[Mention],
) -> io::Result<()> {
    let bytes = workbook(deals, mentions).map_err(|e| io::Error::other(format!("xlsx: {e}")))?;
    wtr.write_all(&bytes)?;
    wtr.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_typed() {
        assert_eq!(amount(Some(2_500_000.4)), Cell::Amount(2_500_000.0));
        assert_eq!(amount(None), Cell::Empty);
        assert_eq!(text(""), Cell::Empty);
        assert_eq!(text("=1+1"), Cell::Text("=1+1".into()));
        let day = NaiveDate::from_ymd_opt(2025, 9, 24);
        assert_eq!(date(day), Cell::Date(day.unwrap()));
    }

    #[test]
    fn widths_follow_what_is_shown() {
        assert_eq!(shown_width(&Cell::Amount(5e9)), "5,000,000,000".len());
        assert_eq!(shown_width(&Cell::Amount(100.0)), 3);
        assert_eq!(shown_width(&Cell::Text("Nvidia".into())), 6);
    }

    #[test]
    fn an_empty_workbook_is_a_zip_and_the_same_every_time() {
        let mut buf = Vec::new();
        write_workbook(&mut buf, &[], &[]).unwrap();
        assert!(buf.starts_with(b"PK"));
        let mut again = Vec::new();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        write_workbook(&mut again, &[], &[]).unwrap();
        assert!(buf == again);
    }
}
