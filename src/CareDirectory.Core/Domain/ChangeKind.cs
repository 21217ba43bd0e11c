namespace CareDirectory.Domain;

public enum ChangeKind
{
    Created,
    Updated,
    Archived,
}
