namespace CareDirectory.Interop.Hsds;

public enum HsdsExportFormat
{
    Json,
    Ndjson,
    Csv,
}
