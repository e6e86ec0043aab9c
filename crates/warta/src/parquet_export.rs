//! Parquet export (cargo feature `parquet`): events as one Arrow record batch.

use anyhow::Result;
use std::path::Path;
use warta_store::EventRow;

#[cfg(feature = "parquet")]
pub fn write(rows: &[EventRow], out: &Path) -> Result<()> {
    use arrow::array::{ArrayRef, BooleanArray, Float64Array, Int64Array, StringArray};
    use arrow::record_batch::RecordBatch;
    use std::sync::Arc;
    let s = |f: &dyn Fn(&EventRow) -> Option<String>| -> ArrayRef { Arc::new(StringArray::from(rows.iter().map(f).collect::<Vec<_>>())) };
    let i = |f: &dyn Fn(&EventRow) -> Option<i64>| -> ArrayRef { Arc::new(Int64Array::from(rows.iter().map(f).collect::<Vec<_>>())) };
    let batch = RecordBatch::try_from_iter(vec![
        ("id", i(&|e| Some(e.id))),
        ("date", s(&|e| e.date.clone())),
        ("code", s(&|e| Some(e.code.clone()))),
        ("name", s(&|e| Some(e.name.clone()))),
        ("plover", s(&|e| e.plover.clone())),
        ("goldstein", Arc::new(Float64Array::from(rows.iter().map(|e| e.goldstein).collect::<Vec<_>>())) as ArrayRef),
        ("quad_class", i(&|e| e.quad_class)),
        ("actor_country", s(&|e| e.actor_country.clone())),
        ("actor_code", s(&|e| e.actor_code.clone())),
        ("actor_entity", s(&|e| e.actor_entity.clone())),
        ("actor_text", s(&|e| e.actor_text.clone())),
        ("target_country", s(&|e| e.target_country.clone())),
        ("target_code", s(&|e| e.target_code.clone())),
        ("target_entity", s(&|e| e.target_entity.clone())),
        ("target_text", s(&|e| e.target_text.clone())),
        ("symmetric", Arc::new(BooleanArray::from(rows.iter().map(|e| e.symmetric).collect::<Vec<_>>())) as ArrayRef),
        ("level", s(&|e| e.level.clone())),
        ("location", s(&|e| e.location.clone())),
        ("location_country", s(&|e| e.location_country.clone())),
        ("fatalities", i(&|e| e.fatalities)),
        ("modality", s(&|e| Some(e.modality.clone()))),
        ("language", s(&|e| e.language.clone())),
        ("num_mentions", i(&|e| Some(e.num_mentions))),
        ("num_articles", i(&|e| Some(e.num_articles))),
        ("num_sources", i(&|e| Some(e.num_sources))),
        ("num_independent", i(&|e| Some(e.num_independent))),
        ("first_seen", s(&|e| Some(e.first_seen.clone()))),
        ("last_seen", s(&|e| Some(e.last_seen.clone()))),
        ("evidence", s(&|e| Some(e.evidence.clone()))),
        ("evidence_doc", s(&|e| Some(e.evidence_doc.clone()))),
    ])?;
    let file = std::fs::File::create(out)?;
    let mut w = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), None)?;
    w.write(&batch)?;
    w.close()?;
    Ok(())
}

#[cfg(not(feature = "parquet"))]
pub fn write(_rows: &[EventRow], _out: &Path) -> Result<()> {
    anyhow::bail!("this warta was built without Parquet support: cargo build --release --features parquet")
}
