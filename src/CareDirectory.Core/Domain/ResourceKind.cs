namespace CareDirectory.Domain;

public enum ResourceKind
{
    Video,
    Recording,
    Guide,
    Form,
    WebPage,
    Directory,
}
