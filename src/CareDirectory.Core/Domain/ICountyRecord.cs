namespace CareDirectory.Domain;

/// <summary>
/// A record placed in one county of its state, or statewide when <see cref="CountyId"/> is null, that may name the
/// partner answering for it (meetings and educator resources).
/// </summary>
public interface ICountyRecord : IStateRecord
{
    new Guid StateId { get; set; }

    Guid? CountyId { get; set; }

    /// <summary>The partner that answers for the record: a meeting's organizer, a resource's owner.</summary>
    Guid? ResponsiblePartnerId { get; set; }
}
