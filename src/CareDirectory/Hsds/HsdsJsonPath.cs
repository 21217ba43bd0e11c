using System.Text;

namespace CareDirectory.Hsds;

/// <summary>Turns JSON Pointers (<c>/phones/0/id</c>) into the JSON paths people read (<c>$.phones[0].id</c>).</summary>
public static class HsdsJsonPath
{
    public static string Append(string prefix, string pointer)
    {
        var path = new StringBuilder(prefix);
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(segment.All(char.IsAsciiDigit) ? $"[{segment}]" : $".{segment}");
        }

        return path.ToString();
    }
}
