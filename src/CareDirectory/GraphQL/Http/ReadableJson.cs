using System.Text.Json;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// JSON the rest of the pipeline can read. JSON allows an escaped lone surrogate (<c>"\ud800"</c>), which .NET cannot
/// turn into a string: found here, it is a 400 for the request instead of an exception deep in execution.
/// </summary>
internal static class ReadableJson
{
    public static bool IsReadable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element.GetString);
            case JsonValueKind.Array:
                return element.EnumerateArray().All(IsReadable);
            case JsonValueKind.Object:
                return element.EnumerateObject().All(p => Readable(() => p.Name) && IsReadable(p.Value));
            default:
                return true;
        }
    }

    private static bool Readable(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
