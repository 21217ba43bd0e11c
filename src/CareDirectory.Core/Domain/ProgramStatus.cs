namespace CareDirectory.Domain;

/// <summary>HSDS service status.</summary>
public enum ProgramStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}
