/// Limits that keep hostile or broken files from exhausting the machine.
public enum LoadLimits {
    /// The largest plan or progress file read: 32 MiB. Real plans are tens of kilobytes; the
    /// limit leaves room for generated test plans of 10 MB.
    public static let maximumFileSize = 32 * 1024 * 1024
    /// The deepest nesting libyaml accepts (its own limit); plan files need fewer than ten levels.
    public static let maximumNesting = 1000
    /// After this many duplicate keys in one file, loading stops reporting them.
    public static let maximumDuplicateKeys = 50
}
