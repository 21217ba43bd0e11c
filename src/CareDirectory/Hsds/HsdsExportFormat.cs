namespace CareDirectory.Hsds;

public enum HsdsExportFormat
{
    Json,
    Ndjson,
    Csv,
}
