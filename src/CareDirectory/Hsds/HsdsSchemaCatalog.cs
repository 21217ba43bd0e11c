namespace CareDirectory.Hsds;

/// <summary>
/// The schemas of every HSDS version we read. 3.0 is the one export and the REST view use (registered on its own);
/// 3.1 is built the first time a 3.1 input is imported, since building the schemas takes a while.
/// </summary>
public sealed class HsdsSchemaCatalog(HsdsSchemas hsds30)
{
    private readonly Lazy<HsdsSchemas> _hsds31 = new(() => new HsdsSchemas(HsdsVersion.Hsds31));

    public HsdsSchemas For(HsdsVersion version) => version == HsdsVersion.Hsds31 ? _hsds31.Value : hsds30;
}
