namespace CareDirectory.Editing;

/// <summary>Input of a record placed in a state or one of its counties, titled, and naming the partner that answers for it.</summary>
public abstract class PlacedRecordInput : RecordInput
{
    public string? State { get; set; }

    public string? County { get; set; }

    public string? Title { get; set; }

    /// <summary>The public id of the partner answering for the record (the input's organizer or owner).</summary>
    public abstract string? ResponsiblePartner { get; }
}
