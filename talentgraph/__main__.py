import sys

from talentgraph.cli import main

sys.exit(main())
