namespace CareDirectory.Domain;

public enum AttendanceMode
{
    Unknown,
    InPerson,
    Virtual,
    Hybrid,
}
