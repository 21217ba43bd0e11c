namespace CareDirectory.Domain;

public enum MeetingKind
{
    SupportGroup,
    Council,
    Subcommittee,
    TownHall,
    Training,
}
