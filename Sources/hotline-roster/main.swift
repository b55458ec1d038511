import HotlineRoster
HotlineRosterCommand.main()
