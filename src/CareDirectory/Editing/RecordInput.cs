namespace CareDirectory.Editing;

/// <summary>What every update or archive input carries: the record's global id and the version the editor last read.</summary>
public abstract class RecordInput
{
    public string? Id { get; set; }

    public int? Version { get; set; }
}
