extension ProgressStore {
    /// The student's settings: stored values over the defaults.
    ///
    /// Keys this version does not know (written by a newer one) are ignored.
    /// - Throws: `StoreError.invalidSetting` when a stored value is no longer valid; `setSetting`
    ///   or `resetSetting` on that key repairs it.
    public func settings() throws(StoreError) -> StudentSettings {
        let stored = try perform {
            try database.query("SELECT key, value FROM settings") { ($0.text(0), $0.text(1)) }
        }
        var settings = StudentSettings()
        for (key, value) in stored where StudentSettings.key(named: key) != nil {
            do { try settings.set(key: key, value: value) } catch { throw .invalidSetting(error) }
        }
        return settings
    }

    /// Validates and saves one setting (in its canonical spelling, e.g. steps as `1m,10m`).
    ///
    /// - Returns: the settings after the change.
    /// - Throws: `StoreError.invalidSetting` with the valid keys or range when the input is wrong.
    @discardableResult
    public func setSetting(key: String, value: String) throws(StoreError) -> StudentSettings {
        // Validated on its own, so a key can be repaired even when another stored value is bad.
        var single = StudentSettings()
        do { try single.set(key: key, value: value) } catch { throw .invalidSetting(error) }
        let canonical = single.value(forKey: key) ?? value
        try write {
            try database.execute(
                """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """,
                [SQLValue(key), SQLValue(canonical)])
        }
        return try settings()
    }

    /// Removes a stored setting so its default applies again.
    @discardableResult
    public func resetSetting(key: String) throws(StoreError) -> StudentSettings {
        guard StudentSettings.key(named: key) != nil else {
            throw .invalidSetting(.unknownKey(key, suggestions: StudentSettings.suggestions(for: key)))
        }
        try write { try database.execute("DELETE FROM settings WHERE key = ?", [SQLValue(key)]) }
        return try settings()
    }
}
