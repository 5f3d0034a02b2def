from scipop.cli import main

raise SystemExit(main())
