namespace CareDirectory.Domain;

/// <summary>A record that belongs to one state's system of care.</summary>
public interface IStateRecord
{
    Guid StateId { get; }
}
