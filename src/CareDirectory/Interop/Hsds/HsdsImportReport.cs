namespace CareDirectory.Interop.Hsds;

/// <summary>What an import did: records read, and partners, programs and service types created, updated or left unchanged.</summary>
public sealed record HsdsImportReport(long Records, int Created, int Updated, int Unchanged, bool DryRun)
{
    public override string ToString() => DryRun
        ? $"{Records} record(s) valid; dry run, nothing was written"
        : $"{Records} record(s): {Created} created, {Updated} updated, {Unchanged} unchanged";
}
