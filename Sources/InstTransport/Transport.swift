// The transport seam; filled in by its issue.
