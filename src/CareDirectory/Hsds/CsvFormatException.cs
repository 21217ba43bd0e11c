namespace CareDirectory.Hsds;

/// <summary>A CSV file that cannot be read (invalid UTF-8, an unclosed quote), with the line where it goes wrong.</summary>
public sealed class CsvFormatException(string file, long line, string message) : FormatException(message)
{
    public string File { get; } = file;

    public long Line { get; } = line;
}
