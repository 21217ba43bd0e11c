namespace CareDirectory.Data;

/// <summary>
/// The data folder cannot be created or written by this process. The message names the folder and the user the process
/// runs as, because the fix is the operator's: give the folder to that user (in the container image, uid 1654).
/// </summary>
public sealed class DataDirectoryNotWritableException(string path, Exception inner)
    : Exception($"data folder {path} is not writable by {ProcessUser.Describe()}, the user this process runs as ({inner.Message}). "
        + "Give the folder to that user; the container image runs as uid 1654, so a host folder mounted at /data needs "
        + "`chown -R 1654:1654 <host folder>` (a named volume is prepared by the image itself).", inner);
