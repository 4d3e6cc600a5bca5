"""The app's screens: main (the three panes), article, search, help and comparison."""
