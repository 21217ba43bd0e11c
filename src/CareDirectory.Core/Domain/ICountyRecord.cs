namespace CareDirectory.Domain;

/// <summary>A record placed in one county of its state, or statewide when <see cref="CountyId"/> is null (meetings, educator resources).</summary>
public interface ICountyRecord : IStateRecord
{
    Guid? CountyId { get; }
}
