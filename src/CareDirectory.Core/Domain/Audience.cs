namespace CareDirectory.Domain;

public enum Audience
{
    ParentsCaregivers,
    Youth,
    Educators,
    Professionals,
    Public,
}
