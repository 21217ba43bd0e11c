namespace CareDirectory.Hsds;

/// <summary>The HSDS versions whose official schemas we validate against (3.1 adds fields and tables to 3.0, removes nothing).</summary>
public enum HsdsVersion
{
    Hsds30,
    Hsds31,
}
